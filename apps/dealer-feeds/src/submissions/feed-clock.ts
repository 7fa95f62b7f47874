/** The time a file is received at (its `late` depends on it); tests put another in its place. */
export class FeedClock {
  now(): Date {
    return new Date();
  }
}
