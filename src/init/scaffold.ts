import { CONFIG_FILE } from '../config/course-config.js';
import { SCHEMA_ID } from '../bank/json-schema.js';
import { EXAMPLE_BANK } from './example-bank.js';

export interface ScaffoldFile {
  path: string;
  text: string;
  /** Added to the end of a file that exists (the README), instead of being skipped. */
  append?: boolean;
}

/** Where a scaffolded course keeps its banks. */
export const BANKS_DIR = 'banks';

/** The schema of this version, where editors can fetch it: the npm package's copy. */
export function versionedSchemaUrl(version: string): string {
  return SCHEMA_ID.replace('/quizdrill/', `/quizdrill@${version}/`);
}

/**
 * The files of a new course repository: an example bank that `check`
 * passes, the config, a GitHub Actions job pinned to this version, the
 * editor's schema mapping, and a README section on drilling and checking.
 */
export function scaffold(version: string): ScaffoldFile[] {
  return [
    { path: `${BANKS_DIR}/example.yaml`, text: EXAMPLE_BANK },
    { path: CONFIG_FILE, text: config() },
    { path: '.github/workflows/quizdrill.yml', text: workflow(version) },
    { path: '.vscode/settings.json', text: JSON.stringify({ 'yaml.schemas': { [versionedSchemaUrl(version)]: [`${BANKS_DIR}/**/*.yaml`, `${BANKS_DIR}/**/*.yml`] } }, null, 2) + '\n' },
    { path: '.vscode/extensions.json', text: JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n' },
    { path: 'README.md', text: readme(version), append: true },
  ];
}

function config(): string {
  return `# quizdrill's settings for this course (every key is optional).
banks: [${BANKS_DIR}/]           # bank files and folders, relative to this file
variants: 200             # variants of each template that check draws
# max-warnings: 0         # fail check when there are more warnings than this
# ignore: [unknown-latex] # warning codes silenced for the whole course
`;
}

function workflow(version: string): string {
  return `# Checks every bank on each push and pull request: recomputes every key,
# self-tests every part, and annotates the lines of what is wrong.
name: quizdrill
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npx --yes quizdrill@${version} check --format github
`;
}

/** The README section; its heading is how a second init knows it is there. */
export const README_HEADING = '## Drilling and checking these problems';

function readme(version: string): string {
  return `${README_HEADING}

The problems are in \`${BANKS_DIR}/\`, in quizdrill's bank format
(https://www.npmjs.com/package/quizdrill). With Node 20 or later:

\`\`\`sh
npx quizdrill@${version}              # drill every problem
npx quizdrill@${version} review       # drill what is due for review
npx quizdrill@${version} check        # recompute every key, as CI does
\`\`\`

\`check\` runs on every push (\`.github/workflows/quizdrill.yml\`) and marks
wrong keys on the pull request's lines. In VS Code with the YAML extension
(\`redhat.vscode-yaml\`), banks are checked as they are typed and hovering a
key explains it (\`.vscode/settings.json\`). Settings are in
\`quizdrill.config.yaml\`.
`;
}
