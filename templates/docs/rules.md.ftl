<#-- docs/rules.md: every rule, from the rules themselves (dev.chartgen.core.docs.RulesReference). -->
# Policy rules

Generated from the rules themselves (`schemas/policies/*.schema.json` and the Java rules in `dev.chartgen.core.policy`). Do not edit: run the tests with `-Dgolden.update=true` after changing a rule.

`chartgen:lint` applies every rule to every generated chart, rendered by embedded Helm for each Kubernetes version of the window. A finding at or above `failOn` (default `warning`) fails the build. Each rule has a test that makes it fire and one that makes it pass.

## How to waive a rule

A module may switch a rule off with a written reason; the lint report lists the waiver, and a waiver of a rule that does not fire is itself a finding (CG044):

```yaml
spec:
  waivers:
    - rule: CG023
      reason: A single cache instance; two Redis pods would serve different data.
```

A `hostPath` volume declared with its `reason` waives CG010 for its module.

## CHECKS.md rows and their rules

| Row | Rules | Test that makes it fire |
|---|---|---|
<#list rows as row>
| ${row.row} | <#list row.rules as r>[${r.id}](#${r.anchor})<#sep>, </#list> | <#list row.rules as r>`${r.test}`<#sep>, </#list> |
</#list>

Helm's own rules and the linter's: CG036 (API versions), CG042 (`helm lint --strict`), CG043 (renders, strictly valid objects), CG044 (stale waivers).

## Rules

<#list rules as rule>
<a id="${rule.anchor}"></a>

### ${rule.id}: ${rule.title}

- Severity: ${rule.severity}; family: ${rule.family}<#if rule.checksRows??>; CHECKS.md row ${rule.checksRows}</#if>
- Implemented in: `${rule.implementedIn}`
- Test that makes it fire: `${rule.test}`

**Why.** ${rule.why}

**Finding.** ${rule.message}.

**Fix.** ${rule.hint}.

**Waive.** `waivers: [{rule: ${rule.id}, reason: "…"}]` in the module's descriptor.

</#list>
