// analyze: the key under which endpoints are matched. oasdiff ignores path-parameter names
// (`/pets/{id}` is `/pets/{petId}`) and can strip a version prefix before comparing.

export function pathKey(template: string, stripPrefix: string | null): string {
  return stripPathPrefix(template, stripPrefix).replace(/\{[^}]*\}/g, '{}');
}

function stripPathPrefix(template: string, prefix: string | null): string {
  if (!prefix) return template;
  const clean = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  if (template === clean) return '/';
  return template.startsWith(clean + '/') ? template.slice(clean.length) : template;
}

/** The names of the path parameters of a template, in order. */
export function pathParameterNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
}

/**
 * Base name -> head name of each path parameter, by position. Empty when the templates have
 * different numbers of parameters (then names are compared as written).
 */
export function pathParameterRenames(baseTemplate: string, headTemplate: string): Map<string, string> {
  const base = pathParameterNames(baseTemplate);
  const head = pathParameterNames(headTemplate);
  if (base.length !== head.length) return new Map();
  return new Map(base.map((name, index) => [name, head[index] ?? name]));
}
