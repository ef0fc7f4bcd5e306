import { describe, expect, it } from 'vitest';
import { eventually } from '../testing';

describe('eventually', () => {
  it('resolves once the condition holds', async () => {
    let checks = 0;
    await eventually(async () => ++checks === 3);
    expect(checks).toBe(3);
  });

  it('fails naming what did not hold', async () => {
    await expect(eventually(() => false, 'the projection', 100)).rejects.toThrow('the projection did not hold within 100 ms');
  });
});
