// Parses an AsyncAPI document with the official parser (@asyncapi/parser, pinned in
// package-lock.json) and prints its diagnostics of severity error and warning, one a line:
//   error|warning <path>: <message> (<rule>)
// Exit status: 0 when the document parsed without error, 1 otherwise, 2 on wrong usage.
//   node validate.mjs <file>
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('usage: node validate.mjs <asyncapi document>');
  process.exit(2);
}

const { document, diagnostics } = await fromFile(new Parser(), file).parse();

const LABELS = new Map([
  [DiagnosticSeverity.Error, 'error'],
  [DiagnosticSeverity.Warning, 'warning'],
]);
let errors = 0;
for (const diagnostic of diagnostics) {
  const label = LABELS.get(diagnostic.severity);
  if (!label) {
    continue; // information and hints
  }
  if (diagnostic.severity === DiagnosticSeverity.Error) {
    errors++;
  }
  const where = diagnostic.path.length ? '/' + diagnostic.path.join('/') : '/';
  console.log(`${label} ${where}: ${diagnostic.message} (${diagnostic.code})`);
}

if (!document || errors > 0) {
  console.log(`${file}: not a valid AsyncAPI document (${errors} error(s))`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()} document`);
