export const REDIS_PRODUCER = Symbol('REDIS_PRODUCER');
export const JOB_RUNNER = Symbol('JOB_RUNNER');
