// chartgen:import without a project: a ready project is written, the bad service is refused with a
// located line, the other is imported, and the console ends with the summary line. Then 'mvn
// package' in the imported folder generates and lints it with zero findings.

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
assert log.contains('BUILD SUCCESS')
assert log.contains('imported=0 with-notes=1 refused=1')
assert log =~ /broken +refused +charts\/core-services\/broken\/values.yaml:5: template expression \{\{ lookup/

def project = new File(basedir, 'target/imported')
['pom.xml', 'platform.yaml', 'descriptors/core/shop-orders.yaml', 'environments/dev.yaml',
 'IMPORT-REPORT.md'].each { assert new File(project, it).isFile() : it }
def descriptor = new File(project, 'descriptors/core/shop-orders.yaml').getText('UTF-8')
assert descriptor.startsWith('# Imported by chartgen from charts/core-services/shop-orders/values.yaml')
assert descriptor.contains('tag: "v1.0.0-abc1234"')
assert descriptor.contains('schemaTable: "shop-orders_schema"')
assert descriptor.contains('ORDER_LIMIT: "20"')
assert new File(project, 'environments/dev.yaml').getText('UTF-8').contains('ORDER_LIMIT: "50"')
assert new File(project, 'platform.yaml').getText('UTF-8').contains('shop-stock: "http://shop-stock:8080/"')
assert new File(project, 'pom.xml').getText('UTF-8').contains('<artifactId>chartgen-maven-plugin</artifactId>')
assert new File(project, 'IMPORT-REPORT.md').getText('UTF-8').endsWith('imported=0 with-notes=1 refused=1\n')

// The second invocation: the imported project builds.
assert log =~ /chartgen lint: \d+ charts? for Kubernetes [^\n]*: 0 findings \(0 errors, 0 warnings, 0 info\)/
assert new File(project, 'charts-out/shop-orders/Chart.yaml').isFile()
println(log.readLines().findAll { it.contains('imported=') || it.contains('chartgen lint:') }.join('\n'))
