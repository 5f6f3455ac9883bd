import type { Messages } from '../../messages';
import { ns } from '../catalog';
import { core } from './core';
import { projects } from './projects';
import { resources } from './resources';
import { workshops } from './workshops';
import { inbox } from './inbox';
import { profile } from './profile';
import { admin } from './admin';
import { conventions } from './conventions';
import { reports } from './reports';
import { dashboards } from './dashboards';
import { verify } from './verify';

export const messages: Messages = {
  ...core,
  ...ns('projects', projects),
  ...ns('resources', resources),
  ...ns('workshops', workshops),
  ...ns('inbox', inbox),
  ...ns('profile', profile),
  ...ns('admin', admin),
  ...ns('conventions', conventions),
  ...ns('reports', reports),
  ...ns('dashboards', dashboards),
  ...ns('verify', verify),
};
