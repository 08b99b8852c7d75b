// Three mistakes in one descriptor: validate and generate each fail with exactly those three
// lines, and generate writes nothing (the committed charts-out is untouched).

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

def expected = [
    "[ERROR] descriptors/shop/storefront.yaml:9:13: /spec/workload: 'Deploymnet' is not one of 'Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job' (did you mean 'Deployment'?)",
    "[ERROR] descriptors/shop/storefront.yaml:13:3: /spec/replcas: unknown property 'replcas' (did you mean 'replicas'?)",
    "[ERROR] descriptors/shop/storefront.yaml:16:13: /spec/ports/0/port: 80800 is greater than the maximum 65535",
]
// Both invocations log into the same build.log: validate's three lines, then generate's.
def problemLines = lines.findAll { it.startsWith('[ERROR] descriptors/') || it.contains('.yaml:') }
assert problemLines == expected + expected

assert lines.count { it == '[INFO] BUILD FAILURE' } == 2
assert lines.any {
    it.startsWith('[ERROR] Failed to execute goal dev.chartgen:chartgen-maven-plugin:') &&
        it.contains(':validate (default-cli) on project validate-three-mistakes: 3 problems in the chartgen descriptors (listed above)')
}
assert lines.any {
    it.startsWith('[ERROR] Failed to execute goal dev.chartgen:chartgen-maven-plugin:') &&
        it.contains(':generate (default-cli) on project validate-three-mistakes: 3 problems in the chartgen descriptors (listed above)')
}
assert !log.contains('BUILD SUCCESS')
assert !log.contains('charts in ') : 'generate reported written charts'

// charts-out is exactly what the fixture committed, byte for byte, and no file was touched.
def out = new File(basedir, 'charts-out')
def committed = new File(fixturesDirectory, 'validate-three-mistakes/charts-out')
def files = { File root ->
    def found = [] as SortedSet
    root.eachFileRecurse(groovy.io.FileType.FILES) { found << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    found
}
assert files(out) == files(committed)
assert files(out) == ['.chartgen-manifest', 'keep-me/Chart.yaml', 'storefront/Chart.yaml'] as SortedSet
files(out).each { path ->
    assert new File(out, path).bytes == new File(committed, path).bytes : "${path} changed"
}
def after = []
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    after << "${out.toPath().relativize(f.toPath()).toString().replace('\\', '/')}\t${f.length()}\t${f.lastModified()}"
}
assert (after.sort().join('\n') + '\n') == new File(basedir, 'charts-out-before.txt').getText('UTF-8')

return true
