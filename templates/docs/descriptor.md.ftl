<#-- docs/descriptor.md: the descriptor reference, from the JSON Schemas (dev.chartgen.core.docs.SchemaReference). -->
# Descriptor reference

Generated from `schemas/module.schema.json`, `schemas/platform.schema.json` and `schemas/environment.schema.json` (the source of truth; editors using yaml-language-server complete and document descriptors from them). Do not edit: run the tests with `-Dgolden.update=true` after changing a schema.

Paths use `[]` for list items and `<name>` for keys of a map.

<#list sections as section>
## ${section.title}

${section.description}

| Path | Type | Required | Description |
|---|---|---|---|
<#list section.rows as row>
| `${row.path}` | ${row.type} | ${row.required} | ${row.description} |
</#list>

</#list>
