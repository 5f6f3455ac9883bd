import type { Messages } from '../../messages';
import { ns } from '../catalog';
import { auth } from './auth';
import { common } from './common';
import { home } from './home';
import { nav } from './nav';
import { role } from './role';
import { shell } from './shell';
import { projects } from './projects';
import { resources } from './resources';
import { workshops } from './workshops';
import { inbox } from './inbox';
import { profile } from './profile';
import { admin } from './admin';
import { conventions } from './conventions';
import { reports } from './reports';
import { ui } from './ui';

export const messages: Messages = {
  ...ns('common', common),
  ...ns('auth', auth),
  ...ns('shell', shell),
  ...ns('nav', nav),
  ...ns('role', role),
  ...ns('home', home),
  ...ns('projects', projects),
  ...ns('resources', resources),
  ...ns('workshops', workshops),
  ...ns('inbox', inbox),
  ...ns('profile', profile),
  ...ns('admin', admin),
  ...ns('conventions', conventions),
  ...ns('reports', reports),
  ...ns('ui', ui),
};
