LEAF = "namespace package leaf"
