export const JOB_RUNNER = Symbol('JOB_RUNNER');
export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');
