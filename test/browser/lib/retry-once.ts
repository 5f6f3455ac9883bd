import { jest } from '@jest/globals';

/**
 * A browser journey that fails is run once more, with the first failure printed: a real browser on a
 * busy 2-core machine has timing we do not control (a dialog still animating, a refetch that lands
 * late). A defect fails both times; a journey that needed its second run shows in the log as
 * "RETRY 1" with its first error, to be looked at (docs/testing.md).
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
