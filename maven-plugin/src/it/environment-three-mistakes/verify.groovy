// Three independent mistakes in one environment file (an unknown module, a heap above the prod
// memory limit, a literal over a Secret-backed variable): validate and generate each fail with
// exactly those three located lines, and generate writes nothing (charts-out is untouched).

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

def expected = [
    "[ERROR] environments/prod.yaml:8:5: /spec/modules/order: unknown module 'order' (did you mean 'orders'?)",
    "[ERROR] environments/prod.yaml:12:15: /spec/modules/orders/java/heap: -Xmx does not fit in the memory limit 512Mi: the JVM will be killed (raise resources.limits.memory above the heap plus ~25% for the JVM's own memory)",
    "[ERROR] environments/prod.yaml:14:9: /spec/modules/orders/env/PAYMENT_API_KEY: 'PAYMENT_API_KEY' is read from Secret 'payments' (key api-key): an environment cannot override it with a literal (a Secret's value is given at install time, never in an environment file)",
]
// Both invocations log into the same build.log: validate's three lines, then generate's.
def problemLines = lines.findAll { it.contains('.yaml:') }
assert problemLines == expected + expected

assert lines.count { it == '[INFO] BUILD FAILURE' } == 2
['validate', 'generate'].each { goal ->
    assert lines.any {
        it.startsWith('[ERROR] Failed to execute goal dev.chartgen:chartgen-maven-plugin:') &&
            it.contains(":${goal} (default-cli) on project environment-three-mistakes: 3 problems in the chartgen descriptors (listed above)")
    }
}
assert !log.contains('BUILD SUCCESS')

// charts-out is exactly what the fixture committed, byte for byte, and no file was touched.
def out = new File(basedir, 'charts-out')
def committed = new File(fixturesDirectory, 'environment-three-mistakes/charts-out')
def files = { File root ->
    def found = [] as SortedSet
    root.eachFileRecurse(groovy.io.FileType.FILES) { found << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    found
}
assert files(out) == files(committed)
assert files(out) == ['.chartgen-manifest', 'orders/Chart.yaml'] as SortedSet
files(out).each { path ->
    assert new File(out, path).bytes == new File(committed, path).bytes : "${path} changed"
}
def after = []
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    after << "${out.toPath().relativize(f.toPath()).toString().replace('\\', '/')}\t${f.length()}\t${f.lastModified()}"
}
assert (after.sort().join('\n') + '\n') == new File(basedir, 'charts-out-before.txt').getText('UTF-8')

return true
