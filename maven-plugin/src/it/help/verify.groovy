// chartgen:help -Ddetail=true: every goal is listed with exactly its parameters, each chartgen
// parameter with its user property.

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert log.contains('BUILD SUCCESS')
assert lines.contains('This plugin has 7 goals:')

// Split the help text into goals ("chartgen:goal" at the start of a line) and their parameters
// (a name at an indent of four, optionally followed by its default).
def goals = [:]
def current = null
lines.each { line ->
    def goal = line =~ /^chartgen:(\w+)$/
    if (goal) {
        current = goal[0][1]
        goals[current] = [params: [:], text: []]
        return
    }
    if (line.startsWith('[INFO] ---')) {
        current = null
    }
    if (current != null) {
        goals[current].text << line
        def param = line =~ /^    (\w+)( \(Default: (.*)\))?$/
        if (param) {
            goals[current].params[param[0][1]] = param[0][3]
        }
    }
}

assert goals.keySet() == ['check', 'generate', 'help', 'import', 'lint', 'package', 'validate'] as Set
def shared = ['descriptorDirectory', 'platformFile', 'skip']
assert goals.validate.params.keySet() == (shared + ['outputDirectory', 'stateDirectory', 'incremental',
                                                    'skipValidate']) as Set
assert goals.generate.params.keySet() == (shared + ['outputDirectory', 'stateDirectory', 'incremental', 'templateDirectory',
                                                    'skipGenerate']) as Set
assert goals.lint.params.keySet() == (shared + ['outputDirectory', 'stateDirectory', 'incremental',
                                                'lintCache', 'kubeVersions', 'failOn',
                                                'reportDirectory', 'policyDirectory',
                                                'documentationUrl', 'skipLint']) as Set
assert goals.check.params.keySet() == (shared + ['outputDirectory', 'regenerateCommand',
                                                 'skipCheck']) as Set
assert goals.package.params.keySet() == (shared + ['outputDirectory', 'stateDirectory', 'incremental',
                                                   'repositoryDirectory',
                                                   'mergeIndex', 'repositoryUrl', 'outputTimestamp',
                                                   'ociRegistry', 'ociPlainHttp',
                                                   'skipPackage']) as Set
assert goals.help.params.keySet() == ['detail', 'goal', 'indentSize', 'lineLength'] as Set
assert goals['import'].params.keySet() == ['environment', 'from', 'to'] as Set
goals['import'].params.keySet().each { p ->
    assert goals['import'].text.join('\n').contains("User property: chartgen.import.${p}")
}

// Defaults as documented.
def chartgenGoals = ['validate', 'generate', 'lint', 'check', 'package']
chartgenGoals.each { g ->
    assert goals[g].params.descriptorDirectory == '${project.basedir}/descriptors'
    assert goals[g].params.platformFile == '${project.basedir}/platform.yaml'
    assert goals[g].params.skip == 'false'
    assert goals[g].params["skip${g.capitalize()}".toString()] == 'false'
}
assert goals.generate.params.outputDirectory == '${project.basedir}/charts-out'
assert goals.generate.params.templateDirectory == null
assert goals.generate.params.stateDirectory == '${project.build.directory}/chartgen-state'
assert goals.generate.params.incremental == 'true'
['validate', 'package'].each { g ->
    assert goals[g].params.stateDirectory == goals.generate.params.stateDirectory
    assert goals[g].params.incremental == 'true'
}
assert goals.lint.params.outputDirectory == '${project.basedir}/charts-out'
assert goals.lint.params.failOn == 'warning'
assert goals.lint.params.reportDirectory == '${project.build.directory}/chartgen-reports'
assert goals.check.params.regenerateCommand == 'mvn chartgen:generate'
assert goals.package.params.repositoryDirectory == '${project.build.directory}/helm-repo'
assert goals.package.params.outputTimestamp == '${project.build.outputTimestamp}'

// Every chartgen parameter can be set from the command line: chartgen.<name>, and each goal's own
// skip as chartgen.<goal>.skip.
chartgenGoals.each { g ->
    def text = goals[g].text.join('\n')
    goals[g].params.keySet().each { p ->
        def property = p == "skip${g.capitalize()}".toString() ? "chartgen.${g}.skip" : "chartgen.${p}"
        assert text.contains("User property: ${property}") : "${g}: ${p} has no user property ${property}"
    }
}
// Each goal has a description, not only parameters.
assert goals.generate.text.join(' ').contains('Generates one Helm chart per module descriptor')
assert goals.validate.text.join(' ').contains('Checks the platform file and every module descriptor')
assert goals.lint.text.join(' ').contains('Writes SARIF and JUnit XML reports')
assert goals.check.text.join(' ').replaceAll(/\s+/, ' ').contains('Checks that the committed charts are what the descriptors generate')
assert goals.package.text.join(' ').replaceAll(/\s+/, ' ').contains('Packs the generated charts into a Helm chart repository')
assert goals.generate.text.join(' ').replaceAll(/\s+/, ' ').contains('A folder of templates that replace built-in ones of the same name')

return true
