"""The models of every kind of file in a repository, and the deadline grammar."""
