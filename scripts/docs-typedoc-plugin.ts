/**
 * A TypeDoc plugin for the docs site (loaded by typedoc.config.mjs; scripts/docs-build.ts runs TypeDoc under
 * tsx so that the plugin can be TypeScript).
 *
 * The public types are interfaces (src/types/), but the file types of `./schema` are inferred from the zod
 * schemas (`type Dataset = z.infer<typeof DatasetSchema>`), and TypeScript forgets an inferred type's alias
 * name, so TypeDoc would print their fields as `{…40 lines…}`. Those aliases carry `@interface` (or
 * `@useDeclaredType` for unions), so each has a page listing its fields with the comments written on the
 * schema's keys. This plugin then:
 *
 * 1. converts the parameter and return types of this package's functions from the annotations written in the
 *    source, which keeps the names (variables need nothing: TypeDoc reads their annotations);
 * 2. replaces every remaining inline object type that is exactly one of those interfaces (same fields, from the
 *    same declarations, of the same types) by a link to it, e.g. `Decision.provision: Provision | null`;
 * 3. drops the meaningless `= ...` initializers TypeDoc shows for fields inferred from object literals;
 * 4. makes the relative header links of `navigationLinks` (the explorer, built beside the site) relative to
 *    each page, since TypeDoc writes them as given and pages sit at different depths.
 */
import {
  Converter,
  DeclarationReflection,
  PageEvent,
  ParameterReflection,
  ReferenceType,
  ReflectionKind,
  SignatureReflection,
  type Application,
  type Context,
  type ProjectReflection,
  type SomeType,
} from 'typedoc';
import ts from 'typescript';

function isOwnSource(node: ts.Node): boolean {
  const file = node.getSourceFile().fileName.replaceAll('\\', '/');
  return file.includes('/src/') && !file.includes('/node_modules/');
}

function retype(context: Context, owner: { type?: SomeType | undefined }, node: ts.TypeNode | undefined, scope: Context): void {
  if (node === undefined) return;
  context.project.removeTypeReflections(owner.type);
  owner.type = scope.converter.convertType(scope, node);
}

/** A fingerprint of an object type's fields: names, declarations, optionality and types. */
function shapeKey(project: ProjectReflection, declaration: DeclarationReflection): string | undefined {
  const fields = declaration.children;
  if (fields === undefined || fields.length === 0) return undefined;
  const parts: string[] = [];
  for (const field of fields) {
    const id = project.getSymbolIdFromReflection(field);
    if (id === undefined || !Number.isFinite(id.pos)) return undefined;
    parts.push(`${field.name}@${id.packagePath}:${id.pos}:${field.flags.isOptional}:${field.type?.toString() ?? ''}`);
  }
  return parts.sort().join('|');
}

/** Rewrites `type` bottom-up, replacing inline object types found in `named` by references. */
function linkNamedShapes(
  type: SomeType,
  named: ReadonlyMap<string, DeclarationReflection>,
  keys: ReadonlyMap<DeclarationReflection, string | undefined>,
  replaced: SomeType[],
  project: ProjectReflection,
): SomeType {
  const walk = (t: SomeType): SomeType => linkNamedShapes(t, named, keys, replaced, project);
  switch (type.type) {
    case 'reflection': {
      const key = keys.get(type.declaration);
      const target = key === undefined ? undefined : named.get(key);
      if (target !== undefined && target !== type.declaration) {
        replaced.push(type);
        return ReferenceType.createResolvedReference(target.name, target, project);
      }
      for (const field of type.declaration.children ?? []) if (field.type !== undefined) field.type = walk(field.type);
      return type;
    }
    case 'array':
    case 'optional':
    case 'rest':
      type.elementType = walk(type.elementType);
      return type;
    case 'union':
    case 'intersection':
      type.types = type.types.map(walk);
      return type;
    case 'typeOperator':
      type.target = walk(type.target);
      return type;
    case 'reference':
      if (type.typeArguments !== undefined) type.typeArguments = type.typeArguments.map(walk);
      return type;
    case 'tuple':
      type.elements = type.elements.map(walk);
      return type;
    case 'namedTupleMember':
      type.element = walk(type.element);
      return type;
    default:
      return type;
  }
}

export function load(app: Application): void {
  app.converter.on(
    Converter.EVENT_CREATE_SIGNATURE,
    (context: Context, signature: SignatureReflection, declaration?: ts.Declaration) => {
      if (declaration === undefined || !ts.isFunctionLike(declaration) || !isOwnSource(declaration)) return;
      if (signature.kind !== ReflectionKind.CallSignature) return;
      const scope = context.withScope(signature);
      retype(context, signature, declaration.type, scope);
      declaration.parameters.forEach((parameter, i) => {
        const reflection = signature.parameters?.[i];
        if (reflection === undefined || reflection.name !== parameter.name.getText()) return;
        retype(context, reflection, parameter.type, scope);
      });
    },
  );

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context: Context) => {
    const { project } = context;
    const all = Object.values(project.reflections);

    // Fingerprints first, on the untouched model, for the interfaces and for every inline object type.
    const keys = new Map<DeclarationReflection, string | undefined>();
    const named = new Map<string, DeclarationReflection>();
    for (const reflection of all) {
      if (!(reflection instanceof DeclarationReflection)) continue;
      if (reflection.kindOf(ReflectionKind.Interface)) {
        const key = shapeKey(project, reflection);
        if (key !== undefined && !named.has(key)) named.set(key, reflection);
      } else if (reflection.kindOf(ReflectionKind.TypeLiteral)) {
        keys.set(reflection, shapeKey(project, reflection));
      }
    }

    const replaced: SomeType[] = [];
    for (const reflection of all) {
      const typed = reflection instanceof DeclarationReflection || reflection instanceof ParameterReflection || reflection instanceof SignatureReflection;
      if (typed && reflection.type !== undefined) reflection.type = linkNamedShapes(reflection.type, named, keys, replaced, project);
      if (
        reflection instanceof DeclarationReflection &&
        reflection.kindOf(ReflectionKind.Property) &&
        reflection.parent?.kindOf(ReflectionKind.Interface | ReflectionKind.TypeLiteral)
      ) {
        delete reflection.defaultValue;
      }
    }
    for (const type of replaced) project.removeTypeReflections(type);
  });

  app.renderer.on(PageEvent.END, (page: PageEvent) => {
    if (page.contents === undefined) return;
    const up = '../'.repeat(page.url.split('/').length - 1);
    for (const url of Object.values(app.options.getValue('navigationLinks'))) {
      if (/^(?:[a-z][a-z+.-]*:|\/|#)/i.test(url)) continue;
      page.contents = page.contents.replaceAll(`href="${url}"`, `href="${up}${url}"`);
    }
  });
}
