/**
 * Prints every benchmark section written under test-output/bench/ (bench/figures.ts): each figure, its ratio
 * to its section's reference, its target, and plainly whether the target is met.
 *
 *   tsx bench/report.ts [--strict]
 *
 * --strict exits 1 when a target is missed (`npm run bench` reports without failing: timings depend on the machine).
 */
import { meets, readSections, type Figure } from './figures.js';

const strict = process.argv.includes('--strict');
const sections = readSections();

const ratioText = (f: Figure) => (f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`);
const targetText = (f: Figure) => (f.target === undefined ? '' : `${f.target.compare} ${f.target.value} ${f.target.unit}`);
const verdictText = (f: Figure) => {
  const met = meets(f);
  if (met === undefined) return '';
  if (met) return 'met';
  const by = f.target!.compare === '≤' ? f.ratio! / f.target!.value : f.target!.value / f.ratio!;
  return `MISSED (by ${by.toFixed(2)}×)`;
};

const all = sections.flatMap((s) => s.figures);
const width = (text: (f: Figure) => string, title: string) => Math.max(title.length, ...all.map((f) => text(f).length));
const wName = width((f) => f.name, 'figure');
const wShown = width((f) => f.shown, 'measured');
const wRatio = width(ratioText, 'ratio');
const wTarget = width(targetText, 'target');

let missed = 0;
let met = 0;
for (const section of sections) {
  console.log('');
  console.log(section.title);
  console.log(`  ${section.method}`);
  console.log(`  ${section.machine}`);
  console.log(`  ${'figure'.padEnd(wName)}  ${'measured'.padStart(wShown)}  ${'ratio'.padStart(wRatio)}  ${'target'.padEnd(wTarget)}  verdict`);
  for (const f of section.figures) {
    const verdict = verdictText(f);
    if (verdict === 'met') met++;
    else if (verdict !== '') missed++;
    const note = f.note === undefined ? '' : `  (${f.note})`;
    console.log(`  ${f.name.padEnd(wName)}  ${f.shown.padStart(wShown)}  ${ratioText(f).padStart(wRatio)}  ${targetText(f).padEnd(wTarget)}  ${verdict}${note}`);
  }
}
console.log('');
console.log(missed === 0 ? `All ${met} targets met.` : `${met} target(s) met, ${missed} MISSED.`);
if (strict && missed > 0) process.exitCode = 1;
