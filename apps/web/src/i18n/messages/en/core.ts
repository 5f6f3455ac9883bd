import { ns } from '../catalog';
import { auth } from './auth';
import { common } from './common';
import { home } from './home';
import { nav } from './nav';
import { role } from './role';
import { shell } from './shell';
import { ui } from './ui';

/**
 * What every page needs — the sign-in page, the shell around every page and the home page: one small
 * chunk loaded at start. A page's own namespace loads with the page (../../messages.ts).
 */
export const core = {
  ...ns('common', common),
  ...ns('auth', auth),
  ...ns('shell', shell),
  ...ns('nav', nav),
  ...ns('role', role),
  ...ns('home', home),
  ...ns('ui', ui),
};
