// npm run token -- --role COORDINATOR --sub <accountId> [--prefectures 09,13] [--expires 8h]
// Prints a JWT signed with the local dev key (created once under .data/); the last line is the bare token.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@portal/platform';
import { DATA_DIR } from './lib/paths';
import { devKeyPair, mintToken } from './lib/tokens';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    sub: { type: 'string' },
    prefectures: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const roles = (values.role ?? []).flatMap((r) => r.split(','));
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (!values.sub || roles.length === 0 || unknown.length > 0) {
  console.error(`usage: npm run token -- --role <${ROLES.join('|')}> --sub <accountId> [--prefectures 09,13] [--expires 8h]`);
  if (unknown.length) console.error(`unknown role: ${unknown.join(', ')}`);
  process.exit(2);
}
const prefectureCodes = values.prefectures ? values.prefectures.split(',').map((p) => p.trim().padStart(2, '0')) : [];
const token = await mintToken(devKeyPair(DATA_DIR).privateKey, { sub: values.sub, roles: roles as Role[], prefectureCodes }, values.expires);
console.log(`# ${roles.join(',')} ${values.sub}${prefectureCodes.length ? ` prefectures ${prefectureCodes.join(',')}` : ''}, expires in ${values.expires}`);
console.log(`# curl -H "authorization: Bearer <token>" -H 'content-type: application/json' http://localhost:4000/graphql`);
console.log(token);
