// Remembers size and modification time of every file in charts-out before the builds run, so that
// verify.groovy can tell that nothing was written, not even the same bytes again.
def out = new File(basedir, 'charts-out')
def lines = []
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    lines << "${out.toPath().relativize(f.toPath()).toString().replace('\\', '/')}\t${f.length()}\t${f.lastModified()}"
}
new File(basedir, 'charts-out-before.txt').setText(lines.sort().join('\n') + '\n', 'UTF-8')
return true
