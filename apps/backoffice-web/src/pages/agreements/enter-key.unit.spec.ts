import { keepEnterInField } from './enter-key';

describe('Enter in the sign-agreement form', () => {
  const press = (key: string, tagName: string) => {
    const event = { key, target: { tagName }, preventDefault: jest.fn() };
    keepEnterInField(event);
    return event.preventDefault.mock.calls.length > 0;
  };

  it('does not submit from a field (a date typed and confirmed with Enter signed the agreement)', () => {
    expect(press('Enter', 'INPUT')).toBe(true);
  });

  it('still presses the focused button, and leaves other keys alone', () => {
    expect(press('Enter', 'BUTTON')).toBe(false);
    expect(press('Tab', 'INPUT')).toBe(false);
  });
});
