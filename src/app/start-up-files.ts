/**
 * The files start-up evaluates, stage by stage (src/app/boot.tsx). The build lists them in index.html,
 * in `<meta name="ocop-start-up-files">` (scripts/start-up-files-plugin.ts); the dev server has no list.
 */
export const START_UP_FILES_META = 'ocop-start-up-files';
