// Types of web-build.mjs, for the TypeScript tests that import it.
export declare const WEB_APP: string;
export declare const WEB_DIST: string;
/** What a build of the UI depends on, by content (the UI, libs/, the lockfile, the TypeScript and BACKOFFICE_ settings). */
export declare function sourcesHash(): string;
export declare function buildWeb(options?: { log?: (message: string) => void; quiet?: boolean; always?: boolean }): Promise<void>;
