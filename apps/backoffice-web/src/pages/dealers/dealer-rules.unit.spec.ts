import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEALER_CODE, isDealerCode, registerDealerBody, textProblem } from './dealer-rules';

/** The services' own rule, read from its source (the UI may not import a library that loads class-validator). */
const SERVICE_RULE = /DEALER_CODE = \/(.+)\/;/.exec(
  readFileSync(join(__dirname, '../../../../../libs/shared/integration-events/src/contracts/dealer-code.ts'), 'utf8'),
)?.[1];

describe('the register-dealer form checks the API rules', () => {
  it('takes the dealer code rule of the services', () => {
    expect(DEALER_CODE.source).toBe(SERVICE_RULE);
    expect(isDealerCode('D0100')).toBe(true);
    expect(isDealerCode('D0002-S1')).toBe(true);
    expect(isDealerCode('d0100')).toBe(false);
    expect(isDealerCode('-D01')).toBe(false);
    expect(isDealerCode('D')).toBe(false);
  });

  it('refuses blank text, control characters and too many characters (counted as the API does)', () => {
    expect(textProblem('　 ', 200)).toBe('problems:blank');
    expect(textProblem('華南\n辦公', 200)).toBe('problems:control');
    expect(textProblem('𠀋'.repeat(50), 50)).toBeUndefined();
    expect(textProblem('a'.repeat(51), 50)).toBe('problems:maxLength');
    expect(textProblem('華南辦公設備有限公司', 200)).toBeUndefined();
  });

  it('sends only the fields filled in', () => {
    expect(registerDealerBody({ code: 'D0100', name: 'A', region: 'east', address: '', hotline: undefined })).toEqual({
      code: 'D0100',
      name: 'A',
      region: 'east',
    });
  });
});
