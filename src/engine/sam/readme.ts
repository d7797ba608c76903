/**
 * The README written beside the template: how to build and deploy it, the
 * parameters it requires, and what the export could not carry over.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-deploy.html
 */
import type { SamContext, SamFile } from './context';

/** Builds README.md for an export. */
export function deployReadme(ctx: SamContext, files: readonly SamFile[]): string {
  const lines = [
    `# ${ctx.scenario.name}`,
    '',
    'Exported from Lambda Playground as an AWS SAM application.',
    '',
    '## Deploy',
    '',
    '```sh',
    'sam build',
    'sam deploy --guided',
    '```',
    '',
  ];
  const parameters = Object.keys(ctx.parameters);
  if (parameters.length > 0) {
    lines.push('`sam deploy --guided` asks for these parameters:', '');
    for (const name of parameters) lines.push(`- \`${name}\``);
    lines.push('');
  }
  const typescript = [...ctx.functions.values()].some((parts) => parts.config.language === 'typescript');
  if (typescript) {
    lines.push('TypeScript functions are bundled by esbuild, which `sam build` needs on the PATH (`npm install -g esbuild`).', '');
  }
  lines.push('## Files', '');
  for (const file of files) lines.push(`- \`${file.path}\``);
  lines.push('- `README.md`', '');
  if (ctx.warnings.length > 0) {
    lines.push('## Not carried over', '');
    for (const warning of ctx.warnings) lines.push(`- ${warning}`);
    lines.push('');
  }

  return lines.join('\n');
}
