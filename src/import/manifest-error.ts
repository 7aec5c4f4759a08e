/** A manifest that cannot be used; its own module so `import` loads the manifest reader (CSV and YAML) only when a manifest is given. */
export class ManifestError extends Error {}
