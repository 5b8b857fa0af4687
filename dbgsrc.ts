import { readFileSync } from 'node:fs';
import { analyze } from './lib/analyze';
const t = readFileSync(process.argv[2], 'utf8');
for (const f of analyze(t).findings) if (f.kind === process.argv[3]) console.log(f.start, f.text, f.attribution ?? '', '…' + (f.prefix + '[' + f.text + ']' + f.suffix).replace(/\s+/g, ' '));
