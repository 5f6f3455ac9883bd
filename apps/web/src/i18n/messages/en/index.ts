import type { Messages } from '../../messages';
import { ns } from '../catalog';
import { auth } from './auth';
import { common } from './common';
import { home } from './home';
import { nav } from './nav';
import { role } from './role';
import { shell } from './shell';

export const messages: Messages = {
  ...ns('common', common),
  ...ns('auth', auth),
  ...ns('shell', shell),
  ...ns('nav', nav),
  ...ns('role', role),
  ...ns('home', home),
};
