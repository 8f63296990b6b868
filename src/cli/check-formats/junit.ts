import { partAt, type CheckReport } from '../../check/check-banks.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

interface Case {
  name: string;
  classname: string;
  failures: Diagnostic[];
}

/**
 * JUnit XML, as CI dashboards read it: a test suite per file and a test
 * case per part. What belongs to no part (a file that does not parse, a
 * problem that does not load) is a case of its own, named for the file.
 * Warnings are kept as output of their case; only errors fail it.
 */
export function junitReport(report: CheckReport): string {
  const files = [...new Set([...report.sites.map((s) => s.file), ...report.diagnostics.map((d) => d.file)])].sort();
  const suites = files.map((file) => suite(file, casesOf(file, report)));
  const cases = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="quizdrill check" tests="${cases}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
  ].join('\n');
}

function casesOf(file: string, report: CheckReport): Case[] {
  const sites = report.sites.filter((s) => s.file === file);
  const cases: Case[] = sites.map((s) => ({ name: `${s.problem} part ${s.partId}`, classname: classname(file, s.problem), failures: [] }));
  const loose: Diagnostic[] = [];
  for (const d of report.diagnostics.filter((x) => x.file === file)) {
    const k = partAt(sites, d);
    if (k !== undefined) cases[k]!.failures.push(d);
    else loose.push(d);
  }
  if (loose.length || cases.length === 0) cases.unshift({ name: file, classname: classname(file), failures: loose });
  return cases;
}

function suite(file: string, cases: Case[]): { xml: string; tests: number; failures: number } {
  const failing = cases.filter((c) => c.failures.some((d) => d.severity === 'error')).length;
  const body = cases.map((c) => {
    const errors = c.failures.filter((d) => d.severity === 'error');
    const warnings = c.failures.filter((d) => d.severity === 'warning');
    const open = `    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}"`;
    if (!c.failures.length) return `${open}/>`;
    const lines = [`${open}>`];
    if (errors.length) lines.push(`      <failure message="${xml(`${errors[0]!.code}: ${errors[0]!.message}`)}" type="${xml(errors[0]!.code)}">${xml(errors.map(text).join('\n'))}</failure>`);
    if (warnings.length) lines.push(`      <system-out>${xml(warnings.map(text).join('\n'))}</system-out>`);
    lines.push('    </testcase>');
    return lines.join('\n');
  });
  const xmlText = [`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failing}" errors="0">`, ...body, '  </testsuite>'].join('\n');
  return { xml: xmlText, tests: cases.length, failures: failing };
}

function classname(file: string, problem?: string): string {
  return problem ? `${file}.${problem}` : file;
}

function text(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`;
}

/** Escapes text for an XML attribute or element, dropping characters XML 1.0 cannot hold. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
