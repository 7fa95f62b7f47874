/** What keepEnterInField reads of a key press (a React KeyboardEvent is one). */
export interface KeyPress {
  key: string;
  target: unknown;
  preventDefault(): void;
}

/**
 * Enter confirms a date, adds an item to a list, and must not sign a half-read agreement: in the
 * long sign-agreement form only the button signs. The field's own handler has run by the time
 * this one sees the key (it listens on the form), so only the browser's implicit submit is stopped.
 */
export function keepEnterInField(event: KeyPress): void {
  if (event.key === 'Enter' && (event.target as { tagName?: string } | null)?.tagName === 'INPUT') event.preventDefault();
}
