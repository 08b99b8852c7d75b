// _pod.tpl.ftl overridden without the pod and container securityContext: generate renders it,
// lint fails with exactly the hardening rules that this removes, in the log and in both reports.
// Then lint with failOn=none lists them and succeeds; then a policy folder with a file lacking the
// x-rule annotation fails the build with that file's location (BUILD FAILURE, not BUILD ERROR).
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

// The override was used for _pod.tpl, the built-in for everything else.
def chart = new File(basedir, 'charts-out/storefront/templates')
assert !new File(chart, '_pod.tpl').getText('UTF-8').contains('securityContext')
assert new File(chart, 'deployment.yaml').getText('UTF-8').contains('include "storefront.podSpec"')
assert log =~ /\[INFO\] chartgen: 1 chart in \S+charts-out \(16 files written, 0 unchanged, 0 removed\)/

// The findings table: one row per finding, all errors on the storefront container.
def expected = ['CG001', 'CG002', 'CG003', 'CG004', 'CG006', 'CG007']
def header = lines.findIndexOf { it ==~ /\[ERROR\] MODULE +RULE +SEVERITY +OBJECT +FIELD +MESSAGE +HINT/ }
assert header >= 0 : 'no findings table'
def firstBuild = lines.subList(0, lines.findIndexOf { it == '[INFO] BUILD FAILURE' })
def rows = firstBuild.findAll { it ==~ /\[ERROR\] storefront +CG\d{3} .*/ }
assert rows.size() == expected.size()
assert lines.subList(header + 1, header + 1 + rows.size()) == rows : 'rows do not follow the header'
rows.each {
    assert it ==~ /\[ERROR\] storefront +CG\d{3} +error +Deployment\/storefront +\/spec\/template\/spec\/containers\/0 +container 'storefront': .*/
}
assert rows.collect { (it =~ /CG\d{3}/)[0] } == expected
assert lines.any { it ==~ /\[INFO\] chartgen lint: 1 chart for Kubernetes 1\.31-1\.35: 6 findings \(6 errors, 0 warnings, 0 info\), 0 waived, in [0-9.]+ s \([0-9.]+ s per chart\)/ }
assert lines.any { it.contains(':lint (default-cli) on project lint-template-override: 6 lint findings at or above warning (listed above)') }
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1

// failOn=none: the six findings again, as warnings, and no failure.
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }
assert starts.size() == 3
def secondBuild = lines.subList(starts[1] as int, starts[2] as int)
assert secondBuild.contains('[INFO] BUILD SUCCESS')
assert secondBuild.findAll { it ==~ /\[WARNING\] storefront +CG\d{3} +error .*/ }.size() == expected.size()
assert !secondBuild.any { it.contains('lint findings at or above') }

// The malformed policy: located, one line, BUILD FAILURE.
def thirdBuild = lines.subList(starts[2] as int, lines.size())
assert thirdBuild.contains('[ERROR] bad-policies/team-label.schema.json:1:1: /x-rule: the policy has no x-rule annotation (add "x-rule": {"id": ..., "severity": ..., "family": ..., "target": ..., "message": ..., "hint": ...} (see schemas/policies))')
assert thirdBuild.any { it.contains(':lint (default-cli) on project lint-template-override: 1 problem in the chartgen descriptors (listed above)') }
assert !thirdBuild.any { it.contains('MojoExecutionException') }

// The same findings in SARIF and JUnit.
def reports = new File(basedir, 'target/chartgen-reports')
def sarif = new JsonSlurper().parse(new File(reports, 'chartgen-lint.sarif'))
def results = sarif.runs[0].results
assert results.collect { it.ruleId } == expected
assert results.every { it.level == 'error' }
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == 'descriptors/storefront.yaml' }
def junit = new XmlSlurper().parse(new File(reports, 'TEST-chartgen-lint.xml'))
assert junit.@failures == '1' && junit.@errors == '0'
def failed = junit.testcase.findAll { it.failure.size() > 0 }
assert failed.size() == 1
assert failed[0].@classname == 'storefront' && failed[0].@name == 'security-context'
assert (failed[0].failure.text() =~ /(?m)^CG\d{3}/).collect { it } == expected

return true
