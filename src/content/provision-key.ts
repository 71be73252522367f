/** i18next reads "." as a key separator, so provision ids like "TR-6.1a" become "TR-6_1a" in locale files. */
export const provisionKey = (id: string): string => id.replace(/\./g, '_');
