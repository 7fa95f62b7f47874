import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * The problems the official OpenAPI JSON Schema finds in a document (none: valid). The validator
 * (@seriousme/openapi-schema-validator) is an ES module that reads its schemas through
 * import.meta, which jest's CommonJS runtime cannot load: it runs in a Node child of its own.
 */
export function openApiProblems(document: unknown): string[] {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const result = await new Validator().validate(JSON.parse(input));
    const errors = result.valid ? [] : Array.isArray(result.errors) ? result.errors : [result.errors];
    process.stdout.write(JSON.stringify(errors.map((e) => typeof e === 'string' ? e : \`\${e.instancePath || '/'} \${e.message}\${e.params ? ' ' + JSON.stringify(e.params) : ''}\`)));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(document), encoding: 'utf8' });
  return JSON.parse(output) as string[];
}
