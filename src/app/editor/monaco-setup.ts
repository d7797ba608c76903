import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { LAMBDA_EXTRA_LIBS } from './aws-lambda-types';

let configured = false;

/**
 * Sets up Monaco once: its web workers, and TypeScript options and
 * declarations so that `import type { ALBEvent } from 'aws-lambda'` resolves.
 */
export function setupMonaco(): typeof monaco {
  if (configured) {
    return monaco;
  }
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === 'typescript' || label === 'javascript') {
        return new TypeScriptWorker();
      }

      return new EditorWorker();
    },
  };
  const { typescript } = monaco;
  const compilerOptions = {
    target: typescript.ScriptTarget.ESNext,
    module: typescript.ModuleKind.ESNext,
    moduleResolution: typescript.ModuleResolutionKind.NodeJs,
    allowJs: true,
    allowNonTsExtensions: true,
    esModuleInterop: true,
    // Lets a handler write `AWSLambda.ALBEvent` (also in JSDoc) without an import.
    allowUmdGlobalAccess: true,
    strict: true,
    noEmit: true,
    typeRoots: ['file:///node_modules/@types'],
  };
  for (const defaults of [typescript.typescriptDefaults, typescript.javascriptDefaults]) {
    defaults.setCompilerOptions(compilerOptions);
    defaults.setExtraLibs(LAMBDA_EXTRA_LIBS);
    defaults.setEagerModelSync(true);
  }

  return monaco;
}
