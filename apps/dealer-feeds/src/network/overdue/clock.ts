/** Now, for the overdue scheduler: the system's clock in the service, a set one in tests. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
