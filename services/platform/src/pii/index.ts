export { PII_KINDS, type PiiKind } from './kinds';
export { maskPersonalData } from './mask';
export { screenForPersonalData, type PiiFinding } from './screen';
export { refusePersonalData } from './refuse';
