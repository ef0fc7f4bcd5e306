import { isDeepStrictEqual } from 'node:util';
import type { Shape } from './shapes';
import { post, TARGET_LABELS, type Target, type TargetName } from './targets';

/**
 * Sends each shape once to each of its targets and insists on the same data, without
 * errors, as our gateway answers: a target that answered differently would be measured
 * doing other work. Throws, naming the first difference.
 */
export async function verifyAnswers(shapes: Shape[], targets: Record<TargetName, Target>): Promise<void> {
  for (const shape of shapes) {
    const body = shape.body('verify')();
    const answers = await Promise.all(shape.targets.map(async (name) => [name, await post(targets[name], body)] as const));
    for (const [name, { status, body: answer }] of answers) {
      if (status !== 200 || answer.errors?.length || answer.data == null) {
        throw new Error(`${shape.id} via ${TARGET_LABELS[name]}: status ${status}, ${JSON.stringify(answer).slice(0, 600)}`);
      }
    }
    const [reference, ...others] = answers;
    for (const [name, { body: answer }] of others) {
      if (!isDeepStrictEqual(answer.data, reference![1].body.data)) {
        throw new Error(
          `${shape.id}: ${TARGET_LABELS[name]} answered other data than ${TARGET_LABELS[reference![0]]}:\n` +
            `${JSON.stringify(answer.data).slice(0, 600)}\nvs\n${JSON.stringify(reference![1].body.data).slice(0, 600)}`,
        );
      }
    }
  }
}

/** Both gateways must refuse a tampered token: a peer that skipped verification would do less work. */
export async function verifyAuthentication(gateways: Target[], token: string): Promise<void> {
  const tampered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
  for (const gateway of gateways) {
    const impostor: Target = { ...gateway, headers: () => ({ ...gateway.headers(), authorization: `Bearer ${tampered}` }) };
    const { status, body } = await post(impostor, JSON.stringify({ query: '{ __typename }' }));
    if (status !== 401 || body.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') {
      throw new Error(`${TARGET_LABELS[gateway.name]} accepted a tampered token: ${status} ${JSON.stringify(body).slice(0, 300)}`);
    }
  }
}
