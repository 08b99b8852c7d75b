// -Dchartgen.skip=true: each goal says it is skipped, and nothing is written.

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert log.contains('BUILD SUCCESS')

// The three goals ran, and each of them only said it was skipped. Maven 3.8 names the plugin
// by its artifactId in the execution header (--- chartgen-maven-plugin:...), Maven 3.9 by its
// prefix (--- chartgen:...).
def executions = lines.findAll { it ==~ /\[INFO\] --- chartgen(-maven-plugin)?:.*/ }
assert executions.collect { (it =~ /:(validate|generate|lint) \(default-cli\)/)[0][1] } == ['validate', 'generate', 'lint']
assert lines.count { it == '[INFO] chartgen is skipped (chartgen.skip)' } == 3
assert !lines.any { it ==~ /\[INFO\] chartgen(:| lint).*/ } : 'a goal did its work'

// Nothing written: no charts, no reports.
assert !new File(basedir, 'charts-out').exists()
assert !new File(basedir, 'target').exists()

return true
