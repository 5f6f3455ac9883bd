import { ns } from '../catalog';
import { auth } from './auth';
import { common } from './common';
import { home } from './home';
import { nav } from './nav';
import { role } from './role';
import { shell } from './shell';

/** French is the source: every other language must have exactly these keys (checked by the compiler). */
export const messages = {
  ...ns('common', common),
  ...ns('auth', auth),
  ...ns('shell', shell),
  ...ns('nav', nav),
  ...ns('role', role),
  ...ns('home', home),
};

export type MessageKey = keyof typeof messages;
