// Lints code samples as if each were the file at its path, with the project's own ESLint config,
// in one ESLint process (its Node API: a config in ESM cannot be loaded inside jest's sandbox).
// stdin: [{ filePath, code }]; stdout: [{ filePath, messages: [{ ruleId, message }] }], and the
// config's blocks of rules that stand twice (their files, ignores and rules, as JSON).
import { ESLint } from 'eslint';

const samples = JSON.parse(await new Promise((done) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk)).on('end', () => done(text));
}));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of samples) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push({ filePath, messages: (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })) });
}
const { default: config } = await import(`${process.cwd()}/eslint.config.mjs`);
const blocks = config.filter((block) => block.rules).map(({ files, ignores, rules }) => JSON.stringify({ files, ignores, rules }));
const repeated = blocks.filter((block, i) => blocks.indexOf(block) !== i);
console.log(JSON.stringify({ results, repeated }));
