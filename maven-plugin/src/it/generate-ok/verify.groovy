// validate + generate + lint on a small valid platform: every chart file is there, the values
// carry what the descriptors say, lint finds nothing and writes both reports.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def fail = { String message -> throw new AssertionError(message) }
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def out = new File(basedir, 'charts-out')

// The exact files of each chart: a Deployment behind an Ingress, and a CronJob without Service.
def common = ['.helmignore', 'Chart.yaml', 'README.md', 'values.yaml', 'values.schema.json',
              'templates/NOTES.txt', 'templates/_helpers.tpl', 'templates/_pod.tpl',
              'templates/networkpolicy.yaml', 'templates/serviceaccount.yaml']
def expected = [
    'storefront'    : common + ['templates/deployment.yaml', 'templates/hpa.yaml',
                                'templates/ingress.yaml', 'templates/pdb.yaml',
                                'templates/service.yaml'],
    'nightly-report': common + ['templates/cronjob.yaml'],
]
def actual = [] as SortedSet
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    actual << out.toPath().relativize(f.toPath()).toString().replace('\\', '/')
}
def wanted = [] as SortedSet
expected.each { chart, files -> files.each { wanted << "${chart}/${it}".toString() } }
wanted << '.chartgen-manifest'
wanted << 'chartgen.lock'
if (actual != wanted) {
    fail("charts-out differs.\n missing: ${wanted - actual}\n unexpected: ${actual - wanted}")
}
// The manifest lists exactly the chart files.
def manifest = new File(out, '.chartgen-manifest').getText('UTF-8').readLines() as SortedSet
assert manifest == (wanted - '.chartgen-manifest')

// Contents that come straight from the descriptors and the platform.
def storefrontChart = new File(out, 'storefront/Chart.yaml').getText('UTF-8')
assert storefrontChart.contains('name: "storefront"')
assert storefrontChart.contains('version: "1.0.0"')        // platform chartVersion
assert storefrontChart.contains('appVersion: "2.4.1"')     // image tag
assert storefrontChart.contains('chartgen.dev/workload: "Deployment"')
assert new File(out, 'storefront/values.yaml').getText('UTF-8').contains('host: "shop.example.org"')
def ingress = new File(out, 'storefront/templates/ingress.yaml').getText('UTF-8')
assert ingress.contains('kind: Ingress')
assert ingress.contains('path: "/shop"')
def deployment = new File(out, 'storefront/templates/deployment.yaml').getText('UTF-8')
assert deployment.contains('kind: Deployment')
assert new File(out, 'nightly-report/Chart.yaml').getText('UTF-8')
        .contains('chartgen.dev/workload: "CronJob"')
def cronValues = new File(out, 'nightly-report/values.yaml').getText('UTF-8')
assert cronValues.contains('schedule: "30 2 * * *"')
// serviceHost: storefront is computed from the other descriptor (name.namespace:port).
assert cronValues.contains('STOREFRONT_URL: "http://storefront.shop:8080/"')
['storefront', 'nightly-report'].each { chart ->
    def schema = new JsonSlurper().parse(new File(out, "${chart}/values.schema.json"))
    assert schema instanceof Map && schema.properties instanceof Map
}

// The three goals ran, in order, and said what they did; in the second build, with nothing
// changed, validate loaded nothing, generate wrote nothing and lint gave its outcome again.
assert log.readLines().findAll { it.contains('module descriptors and the platform file are valid') } ==
        ['[INFO] chartgen: 2 module descriptors and the platform file are valid',
         '[INFO] chartgen: 2 module descriptors and the platform file are valid (unchanged since the last build)']
assert log =~ /\[INFO\] chartgen: 2 charts in \S+charts-out \(27 files written, 0 unchanged, 0 removed\)/
assert log =~ /\[INFO\] chartgen: 2 charts in \S+charts-out \(0 files written, 27 unchanged, 0 removed\)/
def summary = log.readLines().findAll { it.contains('chartgen lint: ') }
assert summary.size() == 2
assert summary[0] ==~ /\[INFO\] chartgen lint: 2 charts for Kubernetes 1\.31-1\.35: 0 findings \(0 errors, 0 warnings, 0 info\), 0 waived, in [0-9.]+ s \([0-9.]+ s per chart\)/
assert summary[1] == '[INFO] chartgen lint: 2 charts for Kubernetes 1.31-1.35: 0 findings (0 errors, 0 warnings, 0 info), 0 waived, unchanged since the last lint'
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\]/) : 'the build logged errors or warnings'

// Both reports, with nothing in them.
def reports = new File(basedir, 'target/chartgen-reports')
def sarif = new JsonSlurper().parse(new File(reports, 'chartgen-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'chartgen'
assert sarif.runs[0].results == []
def junit = new XmlSlurper().parse(new File(reports, 'TEST-chartgen-lint.xml'))
assert junit.name() == 'testsuite'
assert junit.@name == 'chartgen-lint'
assert junit.@failures == '0' && junit.@errors == '0'
assert (junit.@tests.toString() as int) > 0
assert junit.testcase.collect { it.@classname.toString() }.toSet() == ['storefront', 'nightly-report'].toSet()

return true
