// -Dchartgen.skip=true: each goal says it is skipped, and nothing is written. Then each goal's own
// skip property (chartgen.<goal>.skip): only validate runs.

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2

// Maven 3.8 names the plugin by its artifactId in the execution header
// (--- chartgen-maven-plugin:...), Maven 3.9 by its prefix (--- chartgen:...).
def executions = lines.findAll { it ==~ /\[INFO\] --- chartgen(-maven-plugin)?:.*/ }
assert executions.collect { (it =~ /:(validate|generate|lint|check|package) \(default-cli\)/)[0][1] } ==
        ['validate', 'generate', 'lint', 'validate', 'generate', 'lint', 'check', 'package']
assert lines.count { it == '[INFO] chartgen is skipped (chartgen.skip)' } == 3
['generate', 'lint', 'check', 'package'].each { goal ->
    assert lines.count { it == "[INFO] chartgen:${goal} is skipped (chartgen.${goal}.skip)".toString() } == 1
}
// The only work done: validate in the second build.
def work = lines.findAll { it ==~ /\[INFO\] chartgen(:| lint| check).*/ && !it.contains('is skipped') }
assert work == ['[INFO] chartgen: 1 module descriptors and the platform file are valid']

// Nothing written: no charts, no reports, no repository.
assert !new File(basedir, 'charts-out').exists()
assert !new File(basedir, 'target').exists()

return true
