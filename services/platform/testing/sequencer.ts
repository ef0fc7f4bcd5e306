import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A file this long (its last run's seconds) starts before the others: it would otherwise end the run alone. */
const LONG_MS = 3_000;

/**
 * The long files first, longest first: those that crash and restart servers of their own
 * (`test/fault/`), and any that took longer than LONG_MS last time. Then the files of one
 * service one after another (by path), so that the subgraph a worker keeps from a file
 * (useSubgraph) serves its next ones.
 */
export default class ByServiceSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const lastMs = (file: TestSpecification) => this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(root, file.moduleId)}`)?.duration ?? 0;
    const long = (file: TestSpecification) => (file.moduleId.includes('/test/fault/') || lastMs(file) > LONG_MS ? 1 : 0);
    return [...files].sort((a, b) => long(b) - long(a) || (long(a) ? lastMs(b) - lastMs(a) : a.moduleId.localeCompare(b.moduleId)));
  }
}
