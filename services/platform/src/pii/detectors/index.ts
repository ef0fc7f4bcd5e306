import type { Detector } from '../kinds';
import { datesOfBirth } from './date-of-birth';
import { emailAddresses } from './email';
import { myNumbers } from './my-number';
import { passportNumbers } from './passport';
import { phoneNumbers } from './phone';
import { postalCodes } from './postal-code';
import { residenceCardNumbers } from './residence-card';
import { streetAddresses } from './street-address';

/** One detector per kind, in order of precedence where two find the same characters. */
export const DETECTORS: readonly Detector[] = [
  residenceCardNumbers,
  myNumbers,
  passportNumbers,
  emailAddresses,
  phoneNumbers,
  postalCodes,
  streetAddresses,
  datesOfBirth,
];
