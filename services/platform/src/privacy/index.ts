export * from './suppression';
export * from './survey-release';
