/**
 * The portal's subgraphs: name (as in the supergraph), the port each listens on locally,
 * and its folder. Compose, start and the end-to-end tests all read this list.
 */
export interface Subgraph {
  name: string;
  port: number;
  dir: string;
}

export const SUBGRAPHS: Subgraph[] = [
  { name: 'coordinators', port: 4001, dir: 'services/coordinators' },
  { name: 'case-studies', port: 4003, dir: 'services/case-studies' },
  { name: 'partners', port: 4002, dir: 'services/partners' },
  { name: 'announcements', port: 4004, dir: 'services/announcements' },
  { name: 'surveys', port: 4005, dir: 'services/surveys' },
  { name: 'reporting', port: 4006, dir: 'services/reporting' },
  { name: 'notifications', port: 4008, dir: 'services/notifications' },
];

export const GATEWAY_PORT = 4000;
