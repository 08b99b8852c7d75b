# Patterns to ignore when building packages of the ${chart} chart.
.DS_Store
.git/
.gitignore
.hg/
.svn/
*.swp
*.bak
*.tmp
*.orig
*~
.idea/
.vscode/
*.tmproj
