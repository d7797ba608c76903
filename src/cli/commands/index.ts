/** Runs one command with its arguments and returns the exit status. */
export type CommandRunner = (args: string[]) => number | Promise<number>;

type CommandLoader = () => Promise<CommandRunner>;

/**
 * The implemented commands, keyed by the words that select them. Each module
 * loads on demand, so `--help` does not load the engine or the runtime.
 */
export const COMMAND_LOADERS: ReadonlyMap<string, CommandLoader> = new Map<
  string,
  CommandLoader
>([
  ['event alb', async () => (await import('./event-alb')).runEventAlb],
  ['event apigw-rest', async () => (await import('./event-apigw-rest')).runEventApigwRest],
  ['event apigw-http', async () => (await import('./event-apigw-http')).runEventApigwHttp],
  ['event sqs', async () => (await import('./event-sqs')).runEventSqs],
  ['event eventbridge', async () => (await import('./event-eventbridge')).runEventEventBridge],
  ['event schedule', async () => (await import('./event-schedule')).runEventSchedule],
  ['test-event-pattern', async () => (await import('./test-event-pattern')).runTestEventPattern],
  ['schedule-next', async () => (await import('./schedule-next')).runScheduleNext],
  ['invoke', async () => (await import('./invoke')).runInvoke],
  ['simulate', async () => (await import('./simulate')).runSimulate],
  ['validate', async () => (await import('./validate')).runValidate],
  ['share', async () => (await import('./share')).runShare],
  ['export sam', async () => (await import('./export')).runExport],
]);
