import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files of one service one after another (by path), so that the subgraph a worker keeps
 * from a file (useSubgraph) serves its next ones.
 */
export default class ByServiceSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}
