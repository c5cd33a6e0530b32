/**
 * Named moments of a scheduled delivery where a crash test can make the process die, so that
 * exactly-once delivery is tested at each moment that matters rather than at random instants:
 * before the outbox row is written, after it is written and before a part is posted, after the
 * platform accepted a part and before Lede recorded it, and after recording it. Opening a
 * Discord thread is a part too, with its own points (`before-thread`, `after-thread`) in place
 * of the post's; `after-record` follows it like any part.
 */
export const failPointNames = [
  'before-queue',
  'before-post',
  'after-post',
  'before-thread',
  'after-thread',
  'after-record',
] as const;

export type FailPointName = (typeof failPointNames)[number];

/** Called at each named moment. In production it does nothing. */
export type FailPoint = (name: FailPointName) => void;

export const noFailPoint: FailPoint = () => {};
