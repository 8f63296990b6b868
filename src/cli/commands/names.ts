/** The commands, for telling a mistyped command from a bank path. */
export const COMMAND_NAMES = ['practice', 'review', 'stats', 'list', 'show', 'check', 'export', 'nn', 'schema', 'init', 'help'] as const;
